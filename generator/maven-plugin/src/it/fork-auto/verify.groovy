// fork auto decides by the spec's weight and by whether Kiln's code runs more than once in Maven's JVM.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected 2 builds in build.log, found ${builds.size()}"
def (first, second) = builds.toList()
def forked = /Kiln: generating in a JVM of its own/

assert first.contains('BUILD SUCCESS')
assert new File(basedir, 'a/target/generated-sources/kiln/dev/kiln/it/catalog/models/Item199.java').isFile()
assert !(first =~ /b.target.generated-sources/) : 'module b was not part of the first build'
// the build's one generation, of a spec over 64 KiB: a JVM of its own
assert first.readLines().count { it =~ forked } == 1 : 'the one generation of a medium spec was not forked'

assert second.contains('BUILD SUCCESS')
assert new File(basedir, 'b/target/generated-sources/kiln/dev/kiln/it/catalog/models/Item199.java').isFile()
// two generations in the build: both in Maven's JVM, the second with Kiln's code warm there
assert second.readLines().count { it =~ /Kiln: \d+ files in .*generated-sources.kiln/ } == 2 : second
assert !(second =~ forked) : 'a generation of a build that generates twice was forked'
return true
