#!/bin/bash
# Kiln and OpenAPI Generator as their Maven plugins run, each in a build of its own: one Maven project per spec and
# contender, `mvn -o -q generate-sources` from a clean target, timed from start to exit, with the peak of the summed
# resident memory of the build's processes (Maven's JVM and any JVM it starts), sampled every 50 ms from /proc (Linux).
# Kiln runs twice: with -Dkiln.fork=true (the up-to-date check in Maven's JVM, the generation in a JVM of its own, as
# the default, auto, does for a spec of 1 MiB or more, and of 64 KiB or more in a build that generates once, as each of
# these does) and with -Dkiln.fork=false (the generation in Maven's JVM, as auto does for a smaller spec, or a medium
# one in a build that generates more than once). OpenAPI Generator: java, library native, as the
# bench runs it (validation skipped where it refuses the spec).
#
# Run from the repository's root, after installing the plugin into the local repository:
#   mvn -B install -DskipTests -Dinvoker.skip=true -pl :kiln-maven-plugin -am
#   bash generator/bench/src/main/sh/maven-builds.sh [spec ...]      (default: the corpus specs over 400 KiB)
# The table goes to the console and to generator/bench/target/maven-builds.md. MAVEN_ARGS adds arguments to every
# build (such as -Dmaven.repo.local=...).
set -euo pipefail
root=$(pwd)
corpus="$root/../shared/specs/corpus"
[ -d "$corpus" ] || { echo "no corpus at ../shared/specs/corpus" >&2; exit 1; }
kiln_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
peer_version=$(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' pom.xml)
work="$root/generator/bench/target/maven-builds"
report="$root/generator/bench/target/maven-builds.md"
mkdir -p "$work"
if [ $# -eq 0 ]; then
  set -- $(cd "$corpus" && find . -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) -size +400k \
    -printf '%f\n' | sort)
fi

. "$(dirname "$0")/maven-build-functions.sh"

row() { # spec: builds it three ways, prints a table row
  local spec=$1 name=${1%.*} skip=false
  project "$work/$name/kiln" "$(kiln_plugin "$corpus/$spec")"
  [ "$spec" = openai.yaml ] && skip=true
  project "$work/$name/peer" "<groupId>org.openapitools</groupId><artifactId>openapi-generator-maven-plugin</artifactId>
    <version>$peer_version</version><executions><execution><goals><goal>generate</goal></goals><configuration>
    <inputSpec>$corpus/$spec</inputSpec><generatorName>java</generatorName><library>native</library>
    <skipValidateSpec>$skip</skipValidateSpec><generateModelTests>false</generateModelTests>
    <generateApiTests>false</generateApiTests><generateModelDocumentation>false</generateModelDocumentation>
    <generateApiDocumentation>false</generateApiDocumentation><apiPackage>bench.api</apiPackage>
    <modelPackage>bench.model</modelPackage><invokerPackage>bench.client</invokerPackage>
    <configOptions><hideGenerationTimestamp>true</hideGenerationTimestamp></configOptions>
    </configuration></execution></executions>"
  [ "$spec" = "$first" ] && row_warm "$spec"
  local fork own peer
  rm -rf "$work/$name/kiln/target"
  read -r -a fork <<< "$(cd "$work/$name/kiln" && peak_of mvn -B -o -q ${MAVEN_ARGS:-} -Dkiln.fork=true generate-sources)"
  rm -rf "$work/$name/kiln/target"
  read -r -a own <<< "$(cd "$work/$name/kiln" && peak_of mvn -B -o -q ${MAVEN_ARGS:-} -Dkiln.fork=false generate-sources)"
  rm -rf "$work/$name/peer/target"
  read -r -a peer <<< "$(cd "$work/$name/peer" && peak_of mvn -B -o -q ${MAVEN_ARGS:-} generate-sources)"
  for result in "${fork[2]}" "${own[2]}" "${peer[2]}"; do
    [ "$result" = 0 ] || { echo "$spec: a build failed; see $work/last.log" >&2; exit 1; }
  done
  printf '| %s | %.1f | %d | %.1f | %d | %.1f | %d | %.2f× | %.2f× |\n' "$spec" "${fork[0]}" "${fork[1]}" \
    "${own[0]}" "${own[1]}" "${peer[0]}" "${peer[1]}" "$(echo "${fork[0]} / ${peer[0]}" | bc -l)" \
    "$(echo "${fork[1]} / ${peer[1]}" | bc -l)"
}

# untimed: each plugin resolved into the local repository once (online unless MAVEN_ARGS says -o)
row_warm() {
  local name=${1%.*}
  for folder in kiln peer; do
    (cd "$work/$name/$folder" && mvn -B -q ${MAVEN_ARGS:-} generate-sources > "$work/last.log" 2>&1) ||
      { echo "$1: the untimed build with $folder failed; see $work/last.log" >&2; exit 1; }
  done
}

{
  echo "One Maven build per spec and contender (\`mvn -o -q generate-sources\`, clean target), $(nproc) cores, $(date -u +%F)."
  echo
  echo "| spec | Kiln, fork true (s) | peak RSS (MiB) | Kiln, fork false (s) | peak RSS (MiB) | OpenAPI Generator (s) | peak RSS (MiB) | Kiln / OpenAPI Generator: time | memory |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  first=$1
  for spec in "$@"; do row "$spec"; done
} | tee "$report"
