// Two SDKs share one output directory that also holds files written by hand: each SDK keeps its own manifest,
// deletes only its own stale files, and nobody touches the hand-written ones.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected 2 builds in build.log, found ${builds.size()}"
def (first, second) = builds.toList()
def sdk = new File(basedir, 'sdk')

assert first.contains('BUILD SUCCESS')
assert new File(sdk, '.kiln-generated-dev.kiln.it.pets').isFile()
assert new File(sdk, '.kiln-generated-dev.kiln.it.shop').isFile()
assert !new File(sdk, '.kiln-generated').exists()
assert new File(basedir, 'target/classes/dev/kiln/it/own/Notes.class').isFile()

assert second.contains('BUILD SUCCESS')
// pets lost createPet and NewPet: its stale model is gone ...
assert !new File(sdk, 'dev/kiln/it/pets/models/NewPet.java').exists()
assert new File(sdk, 'dev/kiln/it/pets/models/Pet.java').isFile()
assert !new File(sdk, '.kiln-generated-dev.kiln.it.pets').text.contains('NewPet')
// ... and shop's SDK, which pets never listed, is whole and up to date
assert second =~ /(?m)^\[INFO\] Kiln: .*sdk is up to date$/
def shopManifest = new File(sdk, '.kiln-generated-dev.kiln.it.shop').readLines().findAll { it.trim() }
assert shopManifest.size() > 10
shopManifest.each { assert new File(sdk, it).isFile() : "shop's ${it} was deleted" }
// the files written by hand are as they were
assert new File(sdk, 'README.txt').text == 'Written by hand: Kiln must never touch this file.\n'
assert new File(sdk, 'dev/kiln/it/own/Notes.java').text.contains('Written by hand')
// nothing was staged beside the output directory
def besideSdk = basedir.listFiles().collect { it.name }.findAll { it.startsWith('.sdk') || it.contains('kiln-') }
assert besideSdk.isEmpty() : "left beside the output directory: ${besideSdk}"
