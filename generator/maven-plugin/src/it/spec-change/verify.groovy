// Moving the spec from v1 to v2 is reported change by change, breaking changes marked; failOnBreakingChange fails
// the build before anything is written; the removed schema's file goes and the user's file beside it stays.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4 : "expected 4 builds in build.log, found ${builds.size()}"
def (v1, refused, v2, diff) = builds.toList()
def models = new File(basedir, 'sdk/dev/kiln/it/pets/models')

assert v1.contains('BUILD SUCCESS')
assert !v1.contains('the API changed')

assert refused.contains('BUILD FAILURE')
assert refused.contains('[KILN-BREAKING-CHANGE] 2 changes break')
assert refused =~ /(?m)^\[ERROR\]\s+removed field Pet\.nick_name$/
assert refused =~ /(?m)^\[ERROR\]\s+removed model Owner$/
assert !refused.contains(' files in ') : 'the refused build wrote the SDK'

assert v2.contains('BUILD SUCCESS')
def report = v2.readLines().findAll { it =~ /^\[(INFO|WARNING)\]   (BREAKING|compatible) / }*.replaceFirst(/^\[\w+\]   /, '')
assert report == ['BREAKING   removed model Owner',
                  'BREAKING   removed field Pet.nick_name',
                  'compatible added enum value PetStatus "lost"'] : 'report:\n' + report.join('\n')
assert v2.contains('[WARNING]   BREAKING   removed field Pet.nick_name')
assert v2 =~ /Kiln: \d+ files in .* \(\d+ written, \d+ unchanged, 1 deleted\)/

assert !new File(models, 'Owner.java').exists() : 'the removed schema\'s file was kept'
assert new File(models, 'Pet.java').isFile()
assert new File(models, 'NOTES.txt').isFile() : 'Kiln deleted a file it did not generate'
assert !new File(models, 'Pet.java').text.contains('nick_name')

assert diff.contains('BUILD SUCCESS')
assert diff.contains('[WARNING]   BREAKING   removed field Pet.nick_name')
assert diff.contains('[INFO]   compatible added enum value PetStatus "lost"')
