// YAML that does not parse failed the build with one line naming the file and the line of the syntax error.
def log = new File(basedir, 'build.log').text
def kilnLines = log.readLines().findAll { it.startsWith('[ERROR] [KILN-') || it.startsWith('[WARNING] [KILN-') }

def spec = new File(basedir, 'spec/pets.yaml').readLines()
assert spec[9 - 1].trim() == 'summary: Lists pets: all of them.'

assert kilnLines.size() == 1 : 'Kiln reported:\n' + kilnLines.join('\n')
assert kilnLines[0].startsWith('[ERROR] [KILN-SPEC-UNPARSEABLE] ')
assert kilnLines[0].contains('(spec/pets.yaml:9)') : kilnLines[0]

assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException')
assert !log.contains('MojoExecutionException')

assert !new File(basedir, 'target/generated-sources/kiln').exists() : 'an SDK was written from a broken spec'
def generated = new File(basedir, 'target/generated-sources')
assert !generated.exists() || generated.list().length == 0 : 'left behind: ' + generated.list()
