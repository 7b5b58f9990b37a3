def log = new File(basedir, 'build.log').text
def output = new File(basedir, 'target/generated-sources/kiln')

// Build 2 failed on the broken spec, before writing anything.
assert log.contains('[KILN-UNRESOLVED-REF]')

// Build 1's output is complete: every file its manifest lists is there.
def manifest = new File(output, '.kiln-generated-dev.kiln.it.pets')
assert manifest.isFile()
def listed = manifest.readLines().findAll { it.trim() }
assert listed.size() > 10
listed.each { assert new File(output, it).isFile() : "lost by the failed run: $it" }
assert new File(output, 'dev/kiln/it/pets/models/Pet.java').text.contains('class Pet')

// Nothing half-written beside the output directory.
def leftovers = output.parentFile.listFiles().findAll { it.name.contains('.kiln-') }
assert leftovers.isEmpty() : "temporary files left: $leftovers"

// Build 3 found build 1's output current: the failed run did not disturb the fingerprint either.
assert log.contains('is up to date')
return true
