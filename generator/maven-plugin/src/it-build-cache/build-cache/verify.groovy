// The build cache restores what Kiln generated and what javac compiled into another folder, byte for byte, without
// running either; a changed spec, and a changed file it refers to, are generated and compiled again.
import java.nio.file.Files
import java.nio.file.Path

def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 5 : "expected 5 builds in build.log, found ${builds.size()}"
def (first, elsewhere, changedSpec, changedRef, again) = builds.toList()
builds.each { assert it.contains('BUILD SUCCESS') }

def kilnRan = /(?m)^\[INFO\] Kiln: \d+ files in .*/
def javacRan = /(?m)^\[INFO\] Compiling \d+ source files/
def restored = /(?m)^\[INFO\] Found cached build, restoring .* from cache by checksum/

assert first =~ kilnRan
assert first =~ javacRan
assert !(first =~ restored)

assert elsewhere =~ restored : 'the copy in another folder was not restored from the cache'
assert elsewhere.contains('Skipping plugin execution (cached): kiln:generate')
assert elsewhere.contains('Skipping plugin execution (cached): compiler:compile')
assert !(elsewhere =~ kilnRan) : 'Kiln ran in the restored build'
assert !elsewhere.contains('[INFO] Kiln:') : 'Kiln logged in the restored build'
assert !(elsewhere =~ javacRan) : 'javac ran in the restored build'

for (build in [changedSpec, changedRef]) {
    assert !(build =~ restored) : 'a changed input was restored from the cache'
    assert build =~ kilnRan
    assert build =~ javacRan
}

// Kiln's record came back with the SDK, and names no folder of the first machine: a build of the restored copy
// without the cache finds it up to date
assert again =~ /(?m)^\[INFO\] Kiln: .*build-cache-elsewhere.target.generated-sources.kiln is up to date$/
assert !(again =~ kilnRan)

// what the cache restored is what the first build made, byte for byte
Path here = basedir.toPath()
Path copy = here.resolveSibling('build-cache-elsewhere')
def files = { Path root ->
    def found = new TreeMap<String, String>()
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.forEach {
            found[root.relativize(it).toString()] = Files.readAllBytes(it).encodeBase64().toString()
        }
    }
    found
}
for (output in ['target/generated-sources/kiln', 'target/classes', 'target/kiln']) {
    def made = files(here.resolve(output))
    def restoredFiles = files(copy.resolve(output))
    assert !made.isEmpty() : "nothing in ${output}"
    assert made == restoredFiles : "${output} differs between the build and its restored copy"
}
assert Files.isRegularFile(copy.resolve('target/classes/dev/kiln/it/cache/Shelter.class'))
assert Files.isRegularFile(copy.resolve('target/build-cache-1.0.jar'))

// the changed file the spec refers to reached the SDK
def changedPet = here.resolveSibling('build-cache-changed-ref').resolve(
        'target/generated-sources/kiln/dev/kiln/it/cache/pets/models/Pet.java').toFile().text
assert changedPet.contains('nickname')
return true
