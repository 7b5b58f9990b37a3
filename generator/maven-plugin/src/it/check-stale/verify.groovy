// `check` passes on an SDK just generated and fails, naming the stale file and the regenerate command, once the
// spec has moved on; it never writes.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 3 : "expected 3 builds in build.log, found ${builds.size()}"
def (regenerate, current, stale) = builds.toList()

def sdk = new File(basedir, 'src/main/java')
assert regenerate.contains('BUILD SUCCESS')
assert new File(sdk, '.kiln-generated-dev.kiln.it.pets').isFile()
def pet = new File(sdk, 'dev/kiln/it/pets/models/Pet.java')
assert pet.isFile()

assert current.contains('BUILD SUCCESS')
assert current =~ /(?m)^\[INFO\] Kiln: .*src.main.java is current/

assert stale.contains('BUILD FAILURE')
assert stale.contains('[KILN-STALE-OUTPUT]')
def differences = stale.readLines().findAll { it ==~ /\[ERROR\]\s+(changed|missing|not generated): .*/ }*.replaceFirst(/\[ERROR\]\s+/, '')
assert differences == ['changed: dev/kiln/it/pets/models/Pet.java'] : 'check reported:\n' + differences.join('\n')
assert stale.contains('[ERROR] Regenerate it with: mvn -Pregenerate generate-sources')
assert stale.contains('Caused by: org.apache.maven.plugin.MojoFailureException')

assert !pet.text.contains('"age"') : 'check rewrote the SDK'
