# bash completion for hipacu(1).  The names come from the binary itself
# ('hipacu completion words ...'), so an edited database completes too.

_hipacu_command()
{
	local i
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--data | -w | --width) ((i++)) ;;
		-*) ;;
		*)
			printf '%s\n' "${COMP_WORDS[i]}"
			return
			;;
		esac
	done
}

_hipacu()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local cmd word
	COMPREPLY=()
	case $prev in
	--data)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	-w | --width) return ;;
	esac
	case $cur in
	-*)
		COMPREPLY=($(compgen -W '-h --help -V --version --json --color=auto
		    --color=always --color=never -w --width --data --no-pager' -- "$cur"))
		return
		;;
	esac
	cmd=$(_hipacu_command)
	if [[ $cmd == check ]]; then
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "$cur"))
		return
	fi
	# One name a line; names with blanks ("groin strain") are quoted.
	while IFS= read -r word; do
		[[ $word == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$word")")
	done < <(hipacu completion words ${cmd:+"$cmd"} 2>/dev/null)
}

complete -F _hipacu hipacu
