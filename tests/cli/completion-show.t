# completion words show: every id
args: completion words show
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
apple
apricot
wash-hands
--- stderr
