# check a file with CRLF line ends
args: check tests/data/crlf.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/crlf.rec: no Topic records (a '%rec: Topic' set is required)
hipacu: tests/data/crlf.rec: no entries (a '%rec: Entry' set with records is required)
hipacu: tests/data/crlf.rec:1: the file has CRLF line ends (save it with LF line ends)
