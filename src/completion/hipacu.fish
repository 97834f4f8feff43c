# fish completion for hipacu(1).  The names come from the binary itself
# ('hipacu completion words ...'), so an edited database completes too.

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

function __hipacu_names
    hipacu completion words (__hipacu_command) 2>/dev/null
end

complete -c hipacu -f
complete -c hipacu -s h -l help -d 'Show the help'
complete -c hipacu -s V -l version -d 'Show the version and database'
complete -c hipacu -l json -d 'Print JSON'
complete -c hipacu -l color -x -a 'auto always never' -d 'Colour the output'
complete -c hipacu -s w -l width -x -d 'Wrap at N columns'
complete -c hipacu -l data -r -F -d 'Read this database file'
complete -c hipacu -l no-pager -d 'Do not page the output'
complete -c hipacu -n '__fish_seen_subcommand_from check' -F
complete -c hipacu -n 'not __fish_seen_subcommand_from check' -a '(__hipacu_names)'
