// What Kiln 0.1.0 left is read, not failed on: its record (format 2) is compared with, so the change report names
// what the spec lost; its manifest names NewPet.java, which goes; and the manifest, the fingerprint (format 1) and
// the record are replaced in this Kiln's formats, on which the next build is up to date.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected 2 builds in build.log, found ${builds.size()}"
def (migrated, again) = builds.toList()
def sdk = new File(basedir, 'sdk')
def manifest = new File(sdk, '.kiln-generated-dev.kiln.it.pets')

assert migrated.contains('BUILD SUCCESS')
assert !migrated.contains('no change report this time') : 'the older record was not read'
def report = migrated.readLines().findAll { it =~ /^\[(INFO|WARNING)\]   (BREAKING|compatible) / }*.replaceFirst(/^\[\w+\]   /, '')
// Kiln 0.1.0 named GET /pets/{petId} after its operationId; this Kiln names it retrieve, and says so
assert report == ['BREAKING   removed operation POST /pets',
                  'BREAKING   renamed operation GET /pets/{petId} from pets.showPetById() to pets.retrieve()',
                  'BREAKING   removed model NewPet'] : 'report:\n' + report.join('\n')
assert migrated =~ /Kiln: \d+ files in .*sdk \(\d+ written, 0 unchanged, 1 deleted\)/
// the file the older manifest named and the spec no longer generates is gone; the manifest is rewritten
assert !new File(sdk, 'dev/kiln/it/pets/models/NewPet.java').exists() : 'the file the older manifest named was left'
def listed = manifest.readLines().findAll { it.trim() }
assert !listed.contains('dev/kiln/it/pets/models/NewPet.java')
listed.each { assert new File(sdk, it).isFile() : "listed but missing: $it" }
assert new File(basedir, 'target/classes/dev/kiln/it/pets/models/Pet.class').isFile()
// the state is in this Kiln's formats
def fingerprint = new File(basedir, 'state/pets.fingerprint').readLines()
assert fingerprint[0].startsWith('kiln-fingerprint-2:')
assert fingerprint.drop(1) == ['pets.yaml']
def record = new groovy.json.JsonSlurper().parse(new File(basedir, 'state/pets.api.json'))
assert record.format == 3
assert record.output.basePackage == 'dev.kiln.it.pets'
assert record.output.directory == '../sdk'
assert record.output.files == listed

assert again.contains('BUILD SUCCESS')
assert again =~ /(?m)^\[INFO\] Kiln: .*sdk is up to date$/
