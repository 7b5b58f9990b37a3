# Functions the scripts that time Maven builds share; sourced, not run. The script sets work (peak_of writes the
# command's output to $work/last.log) and kiln_version (kiln_plugin names it).

project() { # folder, plugin XML: one project with one plugin execution
  mkdir -p "$1"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$(basename "$1")</artifactId><version>1.0.0</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins><plugin>$2</plugin></plugins></build>
</project>
POM
}

peak_of() { # command...: runs it; prints "seconds peak-MiB exit-code"
  local start end peak=0 sum pid rss
  start=$(date +%s.%N)
  "$@" > "$work/last.log" 2>&1 &
  local top=$!
  while kill -0 "$top" 2>/dev/null; do
    sum=0
    for pid in $top $(pgrep -P "$top" 2>/dev/null) $(for c in $(pgrep -P "$top" 2>/dev/null); do pgrep -P "$c"; done); do
      rss=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
      sum=$((sum + ${rss:-0}))
    done
    [ "$sum" -gt "$peak" ] && peak=$sum
    sleep 0.05
  done
  local code=0
  wait "$top" || code=$?
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $((peak / 1024)) $code"
}

kiln_plugin() { # spec file: the plugin XML of Kiln's generate goal on that spec
  echo "<groupId>dev.kiln</groupId><artifactId>kiln-maven-plugin</artifactId>
    <version>$kiln_version</version><executions><execution><goals><goal>generate</goal></goals><configuration>
    <inputSpec>$1</inputSpec><basePackage>bench.sdk</basePackage><maxDroppedPercent>100</maxDroppedPercent>
    </configuration></execution></executions>"
}
