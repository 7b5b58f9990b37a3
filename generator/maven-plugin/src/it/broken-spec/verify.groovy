// The unresolvable $ref failed the build with one located, actionable line, and nothing was written.
def log = new File(basedir, 'build.log').text
def kilnLines = log.readLines().findAll { it.startsWith('[ERROR] [KILN-') || it.startsWith('[WARNING] [KILN-') }

// The line Kiln names is the bad $ref itself.
def spec = new File(basedir, 'spec/pets.yaml').readLines()
assert spec[15 - 1].trim() == 'schema:'
assert spec[16 - 1].trim() == "\$ref: '#/components/schemas/Pett'"

def expected = "[ERROR] [KILN-UNRESOLVED-REF] cannot resolve '#/components/schemas/Pett'" +
        " at #/paths/~1pets/get/responses/200/content/application~1json/schema/\$ref" +
        " (spec/pets.yaml:16); did you mean 'Pet'?"
assert kilnLines == [expected] : 'Kiln reported:\n' + kilnLines.join('\n')

// It was generated in a JVM of its own.
assert log.contains('Kiln: generating in a JVM of its own (')

// A mistake in the spec is a build failure, not an error in the plugin.
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException')
assert !log.contains('MojoExecutionException')

assert !new File(basedir, 'target/generated-sources/kiln').exists() : 'an SDK was written from a broken spec'
def generated = new File(basedir, 'target/generated-sources')
assert !generated.exists() || generated.list().length == 0 : 'left behind: ' + generated.list()
