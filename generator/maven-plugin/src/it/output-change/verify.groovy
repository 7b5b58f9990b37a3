// The output directory moves from sdk-a to sdk-b: the SDK is written into sdk-b and compiles, every file this
// execution had written into sdk-a goes (its record says which, and where), and the files written there by hand,
// one of them in the generated package's directory, stay.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected 2 builds in build.log, found ${builds.size()}"
def (first, moved) = builds.toList()
def sdkA = new File(basedir, 'sdk-a')
def sdkB = new File(basedir, 'sdk-b')

assert first.contains('BUILD SUCCESS')
def generated = (first =~ /Kiln: (\d+) files in .*sdk-a \(\1 written, 0 unchanged, 0 deleted\)/)
assert generated.find() : 'the SDK was not generated into sdk-a'
def files = generated.group(1).toInteger()

assert moved.contains('BUILD SUCCESS')
assert moved =~ /Kiln: ${files} files in .*sdk-b \(${files} written, 0 unchanged, 0 deleted\)/
assert moved =~ /(?m)^\[INFO\] Kiln: the output directory moved from .*sdk-a to .*sdk-b: deleted the ${files + 1} files this execution had generated in .*sdk-a$/
assert !moved.contains('the API changed') : 'where the SDK is written is no change to its API'
// sdk-a keeps exactly what was written by hand
def left = []
sdkA.eachFileRecurse(groovy.io.FileType.FILES) { left << sdkA.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert left.sort() == ['README.txt', 'dev/kiln/it/pets/Extra.java'] : "left in sdk-a: ${left}"
assert new File(sdkA, 'README.txt').text == 'Written by hand: Kiln must never touch this file.\n'
assert new File(sdkA, 'dev/kiln/it/pets/Extra.java').text.contains('Written by hand')
// sdk-b holds the SDK, which compiled
assert new File(sdkB, '.kiln-generated-dev.kiln.it.pets').readLines().findAll { it.trim() }.size() == files
assert new File(sdkB, 'dev/kiln/it/pets/models/Pet.java').isFile()
assert new File(basedir, 'target/classes/dev/kiln/it/pets/models/Pet.class').isFile()
// the record says where the SDK is now
def record = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/kiln/pets.api.json'))
assert record.format == 3
assert record.output.directory == '../../sdk-b'
assert record.output.files.size() == files
