// checkVersionBump compares the project's version with the one recorded at the last generation: a breaking change
// under a minor bump fails before anything is written and names the version to use; a major bump passes; an API
// that changes while the version stays a release fails too.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4 : "expected 4 builds in build.log, found ${builds.size()}"
def (v1, minor, major, unchanged) = builds.toList()
def record = new File(basedir, 'target/kiln/pets.api.json')

assert v1.contains('BUILD SUCCESS')
assert !v1.contains('call for a')

assert minor.contains('BUILD FAILURE')
assert minor.contains('[WARNING]   BREAKING   removed model Owner')
assert minor.contains('[INFO] Kiln: these changes call for a major version')
assert minor.contains('[KILN-VERSION-BUMP] the API changes since 1.0.0 call for a major version, but 1.0.0 to 1.1.0 is a minor bump; set the version to 2.0.0 or higher')
assert !minor.contains(' files in ') : 'the refused build wrote the SDK'

assert major.contains('BUILD SUCCESS')
assert major =~ /Kiln: \d+ files in /
assert record.text.contains('"current" : "2.0.0"')
assert record.text.contains('"baseline" : "1.0.0"')

assert unchanged.contains('BUILD FAILURE')
assert unchanged.contains('[KILN-VERSION-BUMP] the API changes since 2.0.0 call for a major version, but 2.0.0 to 2.0.0 is the same release; set the version to 3.0.0 or higher')
