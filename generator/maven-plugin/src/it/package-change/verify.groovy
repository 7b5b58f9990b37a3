// The pets execution moves its SDK to another package: what it generated under the old one goes (files, manifest,
// the directories they leave empty), the new SDK compiles, the change report says so in one line, and the shop
// execution's SDK and the file written by hand in the same directory are untouched.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 3 : "expected 3 builds in build.log, found ${builds.size()}"
def (first, moved, again) = builds.toList()
def sdk = new File(basedir, 'sdk')
def classes = new File(basedir, 'target/classes')

assert first.contains('BUILD SUCCESS')
def generated = (first =~ /Kiln: (\d+) files in .*sdk \(\1 written, 0 unchanged, 0 deleted\)/)
assert generated.find() : 'the pets SDK was not generated'
def petsFiles = generated.group(1).toInteger()

assert moved.contains('BUILD SUCCESS')
// the old SDK is gone, its manifest with it, and the package directories it emptied
assert !new File(sdk, 'dev/kiln/it/pets').exists() : 'the old package was left'
assert !new File(sdk, '.kiln-generated-dev.kiln.it.pets').exists()
assert moved =~ /Kiln: ${petsFiles} files in .*sdk \(${petsFiles} written, 0 unchanged, ${petsFiles + 1} deleted\)/
// the new one is there and compiles
assert new File(sdk, '.kiln-generated-dev.kiln.it.animals').isFile()
assert new File(sdk, 'dev/kiln/it/animals/models/Pet.java').isFile()
assert new File(classes, 'dev/kiln/it/animals/PetsClient.class').isFile()
assert new File(classes, 'dev/kiln/it/animals/models/Pet.class').isFile()
// the change report says what happened in one line
def report = moved.readLines().findAll { it =~ /^\[(INFO|WARNING)\]   (BREAKING|compatible) / }
assert report == ['[WARNING]   BREAKING   the SDK moved from package dev.kiln.it.pets to dev.kiln.it.animals: '
                  + "every type's qualified name changed"] : 'report:\n' + report.join('\n')
assert moved.contains('[INFO] Kiln: the API changed since the last generation (1 change, 1 breaking):')
assert moved.contains('[INFO] Kiln: these changes call for a major version')
// the shop execution's SDK and the hand-written file are untouched
assert moved =~ /(?m)^\[INFO\] Kiln: .*sdk is up to date$/
def shopManifest = new File(sdk, '.kiln-generated-dev.kiln.it.shop').readLines().findAll { it.trim() }
assert shopManifest.size() > 10
shopManifest.each { assert new File(sdk, it).isFile() : "shop's ${it} was deleted" }
assert new File(sdk, 'README.txt').text == 'Written by hand: Kiln must never touch this file.\n'

assert again.contains('BUILD SUCCESS')
assert (again =~ /(?m)^\[INFO\] Kiln: .*sdk is up to date$/).size() == 2 : 'a build with nothing changed generated'
