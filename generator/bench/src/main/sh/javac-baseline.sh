#!/bin/bash
# javac of the SDK Kiln generates now beside the SDK an earlier Kiln generated from the same spec, side by side on this
# machine: the figure a target such as "javac of Stripe's SDK at most half of the first round's" needs, since javac's
# time on one output drifts by a third from day to day here while the ratio of two outputs timed together does not.
# The earlier Kiln is built from a commit (default: 17a0e6f, the last commit before that round began) in a git worktree
# under generator/bench/target; each round compiles both outputs, alternately, in a fresh javac process of the JDK on
# the PATH (-proc:none -nowarn, as the bench's size section), against the Jackson jars inside Kiln's command-line jar.
#
# Run from the repository's root, after building the command line (mvn -B package -DskipTests -Dinvoker.skip=true
# -pl :kiln-cli -am):
#   bash generator/bench/src/main/sh/javac-baseline.sh [commit] [rounds] [spec ...]   (default: 17a0e6f 3 stripe-2022.json)
# The earlier commit is built online the first time, with the local repository MAVEN_REPO names (default: one under
# generator/bench/target, so its SNAPSHOTs never replace this tree's). The table goes to the console and to
# generator/bench/target/javac-baseline.md.
set -euo pipefail
root=$(pwd)
corpus="$root/../shared/specs/corpus"
[ -d "$corpus" ] || { echo "no corpus at ../shared/specs/corpus" >&2; exit 1; }
base_rev=${1:-17a0e6f}
rounds=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
[ $# -gt 0 ] || set -- stripe-2022.json
work="$root/generator/bench/target/javac-baseline"
report="$root/generator/bench/target/javac-baseline.md"
now_jar=$(ls "$root"/generator/cli/target/kiln-cli-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -f "$now_jar" ] || { echo "build the command line first: mvn -B package -DskipTests -Dinvoker.skip=true -pl :kiln-cli -am" >&2; exit 1; }
mkdir -p "$work"

base="$work/kiln-$base_rev"
if [ ! -d "$base" ]; then
  git worktree add --detach "$base" "$base_rev" > /dev/null
fi
base_jar=$(ls "$base"/cli/target/kiln-cli-*.jar "$base"/generator/cli/target/kiln-cli-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$base_jar" ]; then
  (cd "$base" && mvn -B -q -Dmaven.repo.local="${MAVEN_REPO:-$work/repository}" package -DskipTests -Dinvoker.skip=true \
    -pl :kiln-cli -am)
  base_jar=$(ls "$base"/cli/target/kiln-cli-*.jar "$base"/generator/cli/target/kiln-cli-*.jar 2>/dev/null | grep -v original | head -1 || true)
fi

compile() { # sources folder, classes folder: prints seconds
  local files start end
  files="$1.files"
  (cd "$1" && find . -name '*.java' > "$files")
  rm -rf "$2" && mkdir -p "$2"
  start=$(date +%s.%N)
  (cd "$1" && javac -proc:none -nowarn -d "$2" -cp "$now_jar" @"$files" > "$2.log" 2>&1) || {
    echo "javac failed on $1: $2.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

lines() { find "$1" -name '*.java' -exec cat {} + | wc -l; }

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

{
  echo "| spec | $base_rev lines | now lines | $base_rev javac (s, each round) | now javac (s, each round) | now / $base_rev (medians) |"
  echo "|---|---:|---:|---|---|---:|"
} > "$report"
cat "$report"
for spec in "$@"; do
  name=${spec%.*}
  rm -rf "$work/$name-base" "$work/$name-now"
  # from the work folder: an earlier Kiln may keep its fingerprint in .kiln below the current folder
  (cd "$work" && java -jar "$base_jar" generate --spec="$corpus/$spec" --out="$name-base" --package=bench.sdk > /dev/null)
  (cd "$work" && java -jar "$now_jar" generate --spec="$corpus/$spec" --out="$name-now" --package=bench.sdk > /dev/null)
  base_times=()
  now_times=()
  for _ in $(seq "$rounds"); do
    base_times+=("$(compile "$work/$name-base" "$work/$name-base-classes")")
    now_times+=("$(compile "$work/$name-now" "$work/$name-now-classes")")
  done
  b=$(median "${base_times[@]}")
  n=$(median "${now_times[@]}")
  row="| $spec | $(lines "$work/$name-base") | $(lines "$work/$name-now") | $(printf '%.1f ' "${base_times[@]}")| $(printf '%.1f ' "${now_times[@]}")| $(printf '%.2f' "$(echo "scale=4; $n / $b" | bc)")× |"
  echo "$row" | tee -a "$report"
done
