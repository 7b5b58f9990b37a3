// Every module of the copy was restored from the cache (neither Kiln nor javac ran there), and the two builds' times
// go to target/build-cache-scale.md for the scale plan. No time is asserted.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected 2 builds in build.log, found ${builds.size()}"
def (cold, restored) = builds.toList()
builds.each { assert it.contains('BUILD SUCCESS') }

int modules = (cold =~ /(?m)^\[INFO\] Kiln: \d+ files in /).size()
assert modules >= 12 : "Kiln ran in ${modules} modules of the cold build"
assert (cold =~ /(?m)^\[INFO\] Compiling \d+ source files/).size() == modules
assert (restored =~ /(?m)^\[INFO\] Found cached build, restoring /).size() >= modules
assert !restored.contains('[INFO] Kiln:') : 'Kiln ran in the restored build'
assert !(restored =~ /(?m)^\[INFO\] Compiling \d+ source files/) : 'javac ran in the restored build'

def totalTime = { String build -> (build =~ /(?m)^\[INFO\] Total time:\s+(.+)$/)[0][1].trim() }
def moduleTimes = { String build ->
    (build =~ /(?m)^\[INFO\] (\S+) \.+ SUCCESS \[\s*([^\]]+)\]$/).collect { [it[1], it[2].trim()] }
}
def files = (cold =~ /(?m)^\[INFO\] Kiln: (\d+) files in /).collect { it[1] as int }.sum()
def sources = (cold =~ /(?m)^\[INFO\] Compiling (\d+) source files/).collect { it[1] as int }.sum()
def coldModules = moduleTimes(cold)
def restoredModules = moduleTimes(restored).collectEntries()
def report = new StringBuilder()
report << "| module | cold build | restored in another folder |\n|---|---:|---:|\n"
coldModules.each { name, time -> report << "| ${name} | ${time} | ${restoredModules[name]} |\n" }
report << "| **whole build** (${modules} SDKs, ${files} files generated, ${sources} compiled) | **${totalTime(cold)}** | **${totalTime(restored)}** |\n"
File out = new File(basedir, '../../build-cache-scale.md')
out.text = "Cold build of the ${modules} corpus SDKs against a clean build of a copy in another folder restored from " +
        "the shared build cache (the profile's Maven 3.9, one thread, `clean package`):\n\n" + report
println out.text
return true
