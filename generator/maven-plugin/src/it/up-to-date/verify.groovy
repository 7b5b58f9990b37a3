// A build with nothing changed logs one line and touches no file; a changed setting regenerates, rewriting only
// the files whose bytes change.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4 : "expected 4 builds in build.log, found ${builds.size()}"
def (first, second, third, renamed) = builds.toList()
def sdk = new File(basedir, 'target/generated-sources/kiln')
def upToDate = /(?m)^\[INFO\] Kiln: .*generated-sources.kiln is up to date$/

builds.each { assert it.contains('BUILD SUCCESS') }
assert first =~ /Kiln: \d+ files in .* \(\d+ written, 0 unchanged, 0 deleted\)/
assert !(first =~ upToDate)
for (build in [second, third]) {
    assert build =~ upToDate
    assert !build.contains(' files in ') : 'an up-to-date build generated'
}
assert !(renamed =~ upToDate) : 'a changed clientName was not noticed'
assert renamed =~ /Kiln: \d+ files in .* \(\d+ written, [1-9]\d* unchanged, [1-9]\d* deleted\)/

def aged = 978307200000L
def pet = new File(sdk, 'dev/kiln/it/pets/models/Pet.java')
assert pet.lastModified() == aged : 'Pet.java was rewritten though its bytes never changed'
assert new File(sdk, 'dev/kiln/it/pets/Other.java').lastModified() > aged
assert !new File(sdk, 'dev/kiln/it/pets/PetsClient.java').exists()
assert new File(basedir, 'target/kiln/default.fingerprint').isFile()
assert new File(basedir, 'target/kiln/default.api.json').isFile()
