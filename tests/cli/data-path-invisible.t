# An invisible character in the --data path is shown escaped in the
# error, as a control character is.
args: --data "tests/data/no$(printf '\342\200\213')such$(printf '\342\200\250').rec" list
status: 2
--- stdout
--- stderr
hipacu: tests/data/no<200B>such<2028>.rec: No such file or directory
