#!/bin/bash
# Where kiln:generate should generate, measured as a user's build runs it: for each spec, a project of one module
# built with -Dkiln.fork=true (a JVM of its own) and -Dkiln.fork=false (Maven's JVM), in turn, ROUNDS times each
# (`mvn -o -q generate-sources` from a clean target, seconds and the peak of the summed resident memory of the build's
# processes, sampled every 50 ms from /proc); then one reactor of a module per spec, built both ways. The figures
# behind fork auto's sizes (ForkChoice): a build's one generation forks from 64 KiB, a build's several stay in Maven's
# JVM below 1 MiB.
#
# Run from the repository's root, after installing the plugin into the local repository:
#   mvn -B install -DskipTests -Dinvoker.skip=true -pl :kiln-maven-plugin -am
#   ROUNDS=3 bash generator/bench/src/main/sh/fork-choice.sh spec-file ...
# Spec files are paths (the corpus's, or any other). MAVEN_ARGS adds arguments to every build.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: fork-choice.sh spec-file ..." >&2; exit 1; }
root=$(pwd)
kiln_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
work="$root/generator/bench/target/fork-choice"
rounds=${ROUNDS:-3}
rm -rf "$work"
mkdir -p "$work"

. "$(dirname "$0")/maven-build-functions.sh"

build() { # folder, fork: one clean build; prints "seconds peak-MiB"
  find "$1" -name target -type d -prune -exec rm -rf {} +
  local result
  read -r -a result <<< "$(cd "$1" && peak_of mvn -B -o -q ${MAVEN_ARGS:-} -Dkiln.fork="$2" generate-sources)"
  [ "${result[2]}" = 0 ] || { echo "the build in $1 with fork $2 failed: see $work/last.log" >&2; exit 1; }
  echo "${result[0]} ${result[1]}"
}

echo "| build | spec bytes | fork true (s) | peak RSS (MiB) | fork false (s) | peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---:|"
modules=""
for spec in "$@"; do
  file=$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")
  name=$(basename "$spec" | sed 's/\.[^.]*$//; s/[^A-Za-z0-9]/-/g')
  project "$work/one/$name" "$(kiln_plugin "$file")"
  project "$work/reactor/$name" "$(kiln_plugin "$file")"
  modules="$modules<module>$name</module>"
  for round in $(seq "$rounds"); do
    read -r -a forked <<< "$(build "$work/one/$name" true)"
    read -r -a kept <<< "$(build "$work/one/$name" false)"
    echo "| $name, one module | $(wc -c < "$file") | ${forked[0]} | ${forked[1]} | ${kept[0]} | ${kept[1]} |"
  done
done
cat > "$work/reactor/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>reactor</artifactId><version>1.0.0</version><packaging>pom</packaging>
  <modules>$modules</modules>
</project>
POM
for round in $(seq "$rounds"); do
  read -r -a forked <<< "$(build "$work/reactor" true)"
  read -r -a kept <<< "$(build "$work/reactor" false)"
  echo "| all $# in one reactor | | ${forked[0]} | ${forked[1]} | ${kept[0]} | ${kept[1]} |"
done
