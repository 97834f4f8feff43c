# completion formats: the values of --format, from the table of formats
args: completion formats
status: 0
--- stdout
text
json
markdown
html
--- stderr
