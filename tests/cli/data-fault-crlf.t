# data/hipacu.rec with CRLF line ends, read on as if LF: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-crlf.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-crlf.rec:1: the file has CRLF line ends (save it with LF line ends)
