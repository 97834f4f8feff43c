# golden.sh - run by run.sh with an empty environment: run each golden
# test of tests/cli and list "NAME STATUS WANT KEEP-STYLE EPOCH" lines in
# OUT/golden.list for run.sh to judge.  Shell variables here are not
# exported, so hipacu sees PATH, LC_ALL, SOURCE_DATE_EPOCH and the test's
# own env: lines only.
#   sh tests/golden.sh TOP OUT HIPACU EPOCH
top=$1 out=$2 hipacu=$3 golden_epoch=$4
TOP=$top
cd "$top" || exit 2
for t in tests/cli/*.t; do
	name=${t#tests/cli/}
	name=${name%.t}
	args= status= cwd= envs= epoch= keep=0
	while IFS= read -r line; do
		case $line in
		args:*) args=${line#args:} ;;
		status:*) status=${line#status:} ;;
		cwd:*) cwd=${line#cwd:} ;;
		env:*) envs="$envs ${line#env:}"
		    case $line in *SOURCE_DATE_EPOCH=*)
			epoch=${line#*SOURCE_DATE_EPOCH=}; epoch=${epoch%% *} ;;
		    esac ;;
		'style: keep') keep=1 ;;
		esac
	done <"$out/$name.head"
	(
		eval "cd ${cwd:-\"\$top\"}" 2>/dev/null || exit 99
		eval "set -- $args"
		[ -z "$envs" ] || eval "export $envs"
		exec "$hipacu" "$@"
	) >"$out/$name.stdout" 2>"$out/$name.stderr" </dev/null
	echo "$name $? ${status:-0} $keep ${epoch:-$golden_epoch}" >>"$out/golden.list"
done
