// The missing file failed the build with one line naming it and the line that refers to it; no parser's stack
// trace or log line reached the build log, and nothing was written.
def log = new File(basedir, 'build.log').text
def kilnLines = log.readLines().findAll { it.startsWith('[ERROR] [KILN-') || it.startsWith('[WARNING] [KILN-') }

def expected = "[ERROR] [KILN-REF-FILE-NOT-FOUND] the file '../schemas/Pet.yaml' does not exist" +
        " (looked for spec/schemas/Pet.yaml) at #/get/responses/200/content/application~1json/schema/\$ref" +
        " (spec/paths/pets.yaml:9); a relative \$ref is resolved against the folder of the file that holds it;" +
        " check the path"
assert kilnLines == [expected] : 'Kiln reported:\n' + kilnLines.join('\n')

def foreign = log.readLines().findAll { it.contains('io.swagger') || it.contains('Exception while') || it.contains('SLF4J') }
assert foreign.isEmpty() : 'third-party lines in the build log:\n' + foreign.join('\n')

assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException')
assert !new File(basedir, 'target/generated-sources/kiln').exists() : 'an SDK was written from a broken spec'
