# completion words TOPIC: the ids and aliases of its entries
args: completion words food
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
apple
pomme
apricot
--- stderr
