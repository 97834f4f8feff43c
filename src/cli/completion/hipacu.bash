# bash completion for hipacu(1).  The names come from the very command
# being completed ('./hipacu completion words ...'), so the script works
# before install and an edited database completes too, as does the one an
# earlier --data names.

# The command word: the first word that is neither an option nor its value.
_hipacu_command()
{
	local i
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--data | -w | --width) ((i++)) ;;
		-* | =) ;;
		*)
			[[ ${COMP_WORDS[i - 1]} == = ]] && continue
			printf '%s\n' "${COMP_WORDS[i]}"
			return
			;;
		esac
	done
}

# The database an earlier --data names (--data FILE, --data=FILE, or
# "--data = FILE" where '=' breaks words): its names are the ones offered.
_hipacu_data()
{
	local i data=
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--data)
			[[ ${COMP_WORDS[i + 1]} == = ]] && ((i++))
			((i + 1 < COMP_CWORD)) && data=${COMP_WORDS[i + 1]}
			((i++))
			;;
		--data=*) data=${COMP_WORDS[i]#--data=} ;;
		esac
	done
	[[ $data == '~/'* ]] && data=$HOME/${data#'~/'}
	printf '%s\n' "$data"
}

_hipacu()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local prog=${COMP_WORDS[0]} opt= pre= cmd word data
	COMPREPLY=()
	# A leading ~ is not expanded in the word as typed.
	[[ $prog == '~/'* ]] && prog=$HOME/${prog#'~/'}
	# "--color=al": where '=' breaks words (COMP_WORDBREAKS) bash gives
	# --color, =, al; elsewhere one word, whose replies keep the prefix.
	if [[ $cur == = ]]; then
		opt=$prev cur=
	elif [[ $prev == = ]] && ((COMP_CWORD >= 2)); then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $cur == --*=* ]]; then
		opt=${cur%%=*} pre=$opt= cur=${cur#*=}
	elif [[ $prev == --data ]]; then
		opt=--data
	fi
	case $opt in
	--color | --colour)
		COMPREPLY=($(compgen -P "$pre" -W 'auto always never' -- "$cur"))
		return
		;;
	--format)
		COMPREPLY=($(compgen -P "$pre" -W "$("$prog" completion formats 2>/dev/null)" -- "$cur"))
		return
		;;
	--data)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -P "$pre" -f -- "$cur"))
		return
		;;
	esac
	case $prev in
	-w | --width) return ;;
	esac
	case $cur in
	-*)
		compopt -o nospace 2>/dev/null
		COMPREPLY=($(compgen -W '-h --help -V --version --json --all --color=
		    --colour= --format= -w --width= --data= --no-pager' -- "$cur"))
		# An option that takes no value ends with a space.
		[[ ${#COMPREPLY[@]} == 1 && ${COMPREPLY[0]} != *= ]] &&
			COMPREPLY[0]+=' '
		return
		;;
	esac
	cmd=$(_hipacu_command)
	data=$(_hipacu_data)
	if [[ $cmd == check ]]; then
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "$cur"))
		return
	fi
	# One name a line; names with blanks ("groin strain") are quoted.
	while IFS= read -r word; do
		[[ $word == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$word")")
	done < <("$prog" ${data:+--data="$data"} completion words ${cmd:+"$cmd"} 2>/dev/null)
}

complete -F _hipacu hipacu ./hipacu
