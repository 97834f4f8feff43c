# fish completion for hipacu(1).  The names come from the very command
# being completed ('./hipacu completion words ...'), so the script works
# before install and an edited database completes too, as does the one an
# earlier --data names.

function __hipacu_command
    set -l skip 0
    for token in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $token
            case --data -w --width
                set skip 1
            case '-*'
            case '*'
                echo $token
                return 0
        end
    end
    return 1
end

function __hipacu_formats
    set -l prog (commandline -opc)[1]
    $prog completion formats 2>/dev/null
end

# The database an earlier --data names: its names are the ones offered.
function __hipacu_data
    set -l data
    set -l next 0
    for token in (commandline -opc)[2..-1]
        if test $next = 1
            set data $token
            set next 0
            continue
        end
        switch $token
            case --data
                set next 1
            case '--data=*'
                set data (string replace -- --data= '' $token)
        end
    end
    test -n "$data"; and echo --data=$data
end

function __hipacu_names
    set -l prog (commandline -opc)[1]
    $prog (__hipacu_data) completion words (__hipacu_command) 2>/dev/null
end

for prog in hipacu ./hipacu
    complete -c $prog -f
    complete -c $prog -s h -l help -d 'Show the help'
    complete -c $prog -s V -l version -d 'Show the version and database'
    complete -c $prog -l json -d 'Print JSON'
    complete -c $prog -l all -d 'Search: every result'
    complete -c $prog -l color -x -a 'auto always never' -d 'Colour the output'
    complete -c $prog -l colour -x -a 'auto always never' -d 'Colour the output'
    complete -c $prog -l format -x -a '(__hipacu_formats)' -d 'Output format'
    complete -c $prog -s w -l width -x -d 'Wrap at N columns'
    complete -c $prog -l data -r -F -d 'Read this database file'
    complete -c $prog -l no-pager -d 'Do not page the output'
    complete -c $prog -n '__fish_seen_subcommand_from check' -F
    complete -c $prog -n 'not __fish_seen_subcommand_from check' -a '(__hipacu_names)'
end
