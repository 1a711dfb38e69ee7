#!/usr/bin/env bash
# first-hour.sh walks the "first hour" of README.md on a fresh `viaduct dev`:
# it runs every command of that section as written and checks the output
# lines shown under it. CI runs it through `make test` (e2e TestFirstHour).
#
#   scripts/first-hour.sh [README]
#
# The section lies between the markers `<!-- first-hour begin` and
# `<!-- first-hour end -->`; in its ```sh blocks:
#
#   - a line `# TEXT` is output the command above it must print (stdout or
#     stderr), somewhere in one line; "…" in TEXT stands for anything;
#   - a command with "…" in it is one an earlier command printed (the
#     `export` line of viaduct dev, the `viaduct finalize` line of withdraw):
#     the newest printed line that it matches is run;
#   - `viaduct dev`, and a command ending in " &", run in the background, and
#     their output lines are waited for (a minute at most);
#   - `VAR=$(COMMAND)` and `export ...` set variables in the script's shell,
#     as in the reader's.
#
# Environment: VIADUCT_BIN, the viaduct binary (default: `viaduct` on the
# PATH); VIADUCT_DEV_* reach viaduct dev (its ports, data directory and
# challenge window); FIRST_HOUR_SUBST, space-separated FROM=TO pairs
# replaced in every command (other ports and directories than the
# README's, so that runs side by side do not meet), in the expected
# output too.
set -u

readme=${1:-"$(dirname "$0")/../README.md"}
work=$(mktemp -d "${TMPDIR:-/tmp}/viaduct-first-hour.XXXXXX")
pids=()
outputs=() # every output so far, newest last, for the template commands

cleanup() {
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null
	done
	for pid in "${pids[@]}"; do
		wait "$pid" 2>/dev/null
	done
	rm -rf "$work"
}
trap cleanup EXIT

if [[ -n ${VIADUCT_BIN:-} ]]; then
	# A program on the PATH, not a shell function: a background command is
	# then the viaduct process itself, which cleanup can stop.
	mkdir -p "$work/bin"
	ln -s "$(cd "$(dirname "$VIADUCT_BIN")" && pwd)/$(basename "$VIADUCT_BIN")" "$work/bin/viaduct"
	PATH="$work/bin:$PATH"
fi
command -v viaduct >/dev/null || {
	echo "first hour: no viaduct on the PATH (set VIADUCT_BIN)" >&2
	exit 1
}
# What the section sets, it sets itself.
unset VIADUCT_KEY VIADUCT_KEY_FILE VIADUCT_DEV_ACCOUNT VIADUCT_L1_RPC VIADUCT_L2_RPC VIADUCT_ROLLUP VIADUCT_CHANNEL_CONTRACT TST

fail() {
	echo "first hour: FAILED: $1" >&2
	if [[ -n ${2:-} ]]; then
		echo "----- its output -----" >&2
		echo "$2" >&2
	fi
	for log in "$work"/bg*.log; do
		[[ -e $log ]] || continue
		echo "----- $(head -c 200 "$log.cmd") -----" >&2
		tail -n 40 "$log" >&2
	done
	exit 1
}

# glob turns an expected line into a bash pattern: its text literal, "…"
# anything, found anywhere in a line.
glob() {
	local s=$1 out="" part
	s=${s//\\/\\\\}
	s=${s//\*/\\*}
	s=${s//\?/\\?}
	s=${s//\[/\\[}
	# [[ == ]] reads extended patterns too: *( +( @( !( ?( are not literal.
	s=${s//\(/\\(}
	s=${s//\)/\\)}
	s=${s//|/\\|}
	out="*${s//…/*}*"
	printf '%s' "$out"
}

# has OUTPUT EXPECTED: whether a line of OUTPUT matches EXPECTED.
has() {
	local pat line
	pat=$(glob "$2")
	while IFS= read -r line; do
		# shellcheck disable=SC2053 # pat is a pattern on purpose
		if [[ $line == $pat ]]; then
			return 0
		fi
	done <<<"$1"
	return 1
}

subst() {
	local cmd=$1 pair
	for pair in ${FIRST_HOUR_SUBST:-}; do
		cmd=${cmd//"${pair%%=*}"/"${pair#*=}"}
	done
	printf '%s' "$cmd"
}

# fill finds the newest printed line that template (a command with "…")
# matches, and prints it.
fill() {
	local pat i line lines
	pat=$(glob "$1")
	pat=${pat#\*}
	for ((i = ${#outputs[@]} - 1; i >= 0; i--)); do
		mapfile -t lines <<<"${outputs[i]}"
		for ((j = ${#lines[@]} - 1; j >= 0; j--)); do
			line=${lines[j]#"${lines[j]%%[![:space:]]*}"}
			# shellcheck disable=SC2053
			if [[ $line == $pat ]]; then
				printf '%s' "$line"
				return 0
			fi
		done
	done
	return 1
}

bg=0
last_out=""   # output of the last foreground command
last_log=""   # log of the last background command, if it was one

run_cmd() {
	local cmd=$1
	last_log=""
	if [[ $cmd == *…* ]]; then
		local filled
		filled=$(fill "$cmd") || fail "nothing printed so far matches \"$cmd\""
		cmd=$filled
	fi
	cmd=$(subst "$cmd")
	echo "\$ $cmd"
	if [[ $cmd == "viaduct dev" || $cmd == "viaduct dev "* || $cmd == *" &" ]]; then
		bg=$((bg + 1))
		last_log="$work/bg$bg.log"
		printf '%s' "$cmd" >"$last_log.cmd"
		: >"$last_log"
		eval "${cmd% &} >\"$last_log\" 2>&1 &"
		pids+=($!)
		return
	fi
	if [[ $cmd == "export "* ]]; then
		eval "$cmd" || fail "$cmd failed"
		last_out=""
		return
	fi
	local out rc
	if [[ $cmd =~ ^([A-Za-z_][A-Za-z0-9_]*)=\$\((.*)\)$ ]]; then
		local var=${BASH_REMATCH[1]} inner=${BASH_REMATCH[2]} errf="$work/stderr"
		out=$(eval "$inner" 2>"$errf")
		rc=$?
		((rc == 0)) || fail "$cmd exited with $rc" "$out$(cat "$errf")"
		printf -v "$var" '%s' "$out"
		out="$out"$'\n'"$(cat "$errf")"
	else
		out=$(eval "$cmd" 2>&1)
		rc=$?
		((rc == 0)) || fail "$cmd exited with $rc" "$out"
	fi
	last_out=$out
	outputs+=("$out")
}

expect() {
	local want
	want=$(subst "$1")
	if [[ -n $last_log ]]; then
		local deadline=$((SECONDS + 60)) pid=${pids[-1]}
		until has "$(cat "$last_log")" "$want"; do
			if ((SECONDS > deadline)) || ! kill -0 "$pid" 2>/dev/null; then
				fail "$(cat "$last_log.cmd") did not print \"$want\"" "$(cat "$last_log")"
			fi
			sleep 0.2
		done
		outputs+=("$(cat "$last_log")")
		return
	fi
	has "$last_out" "$want" || fail "the output lacks \"$want\"" "$last_out"
}

[[ -r $readme ]] || fail "cannot read $readme"
section=$(sed -n '/<!-- first-hour begin/,/<!-- first-hour end -->/p' "$readme")
[[ -n $section ]] || fail "$readme has no first-hour section"

commands=0
in_block=0
while IFS= read -r line; do
	if [[ $line == '```sh' ]]; then
		in_block=1
		continue
	fi
	if [[ $line == '```' ]]; then
		in_block=0
		continue
	fi
	((in_block)) || continue
	[[ -z ${line//[[:space:]]/} ]] && continue
	if [[ $line == "# "* ]]; then
		expect "${line#\# }"
	else
		run_cmd "$line"
		commands=$((commands + 1))
	fi
done <<<"$section"

((commands > 0)) || fail "the first-hour section has no commands"
echo "first hour: all $commands commands ran and printed what $(basename "$readme") shows"
