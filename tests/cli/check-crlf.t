# check a file with CRLF line ends
args: check tests/data/crlf.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/crlf.rec: no Topic records (a '%rec: Topic' set is required)
hipacu: tests/data/crlf.rec: no entries (a '%rec: Entry' set with records is required)
hipacu: tests/data/crlf.rec:1: carriage return at end of line (CRLF line ends; save the file with LF line ends)
