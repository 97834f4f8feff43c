# a name from another topic says where it is
args: condition endorphins
status: 1
--- stdout
--- stderr
hipacu: no condition named 'endorphins'
hipacu: 'endorphins' is a mechanism: hipacu mechanism endorphins
