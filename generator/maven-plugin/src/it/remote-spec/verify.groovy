// A remote spec with its credentials: fetched with the file it references on the first build, revalidated (304) and
// up to date on the second, read from the cache offline on the third (nothing fetched), and a clear failure offline
// without a cache. The credentials are in no log line and no file of the cache.
def server = System.properties.get('kiln.it.remote-spec.server')
def requests = System.properties.get('kiln.it.remote-spec.requests')
server?.stop(0)

def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4 : "expected 4 builds in build.log, found ${builds.size()}"
def (first, second, offline, uncached) = builds.toList()
def upToDate = /(?m)^\[INFO\] Kiln: .*generated-sources.kiln is up to date$/
def url = ~/http:\/\/127\.0\.0\.1:\d+\/specs/

assert first.contains('BUILD SUCCESS')
assert first =~ /Kiln: fetched http:\/\/127\.0\.0\.1:\d+\/specs\/api\.yaml \(\d+ bytes\)/
assert first =~ /Kiln: fetched http:\/\/127\.0\.0\.1:\d+\/specs\/schemas\/pet\.yaml \(\d+ bytes\)/
assert first =~ /Kiln: \d+ files in /
assert new File(basedir, 'target/classes/dev/kiln/it/remote/models/Pet.class').isFile()

assert second.contains('BUILD SUCCESS')
assert second =~ /Kiln: http:\/\/127\.0\.0\.1:\d+\/specs\/api\.yaml is unchanged \(304\), read from the cache/
assert second =~ upToDate
assert !second.contains(' files in ') : 'an unchanged remote spec generated again'

assert offline.contains('BUILD SUCCESS')
assert offline =~ /Kiln: offline: reading http:\/\/127\.0\.0\.1:\d+\/specs\/api\.yaml from the cache/
assert offline =~ upToDate

assert uncached.contains('BUILD FAILURE')
assert uncached =~ /\[KILN-REMOTE-SPEC-OFFLINE\] http:\/\/127\.0\.0\.1:\d+\/specs\/api\.yaml is not in the cache/

assert requests == ['/specs/api.yaml 200', '/specs/schemas/pet.yaml 200', '/specs/api.yaml 304', '/specs/schemas/pet.yaml 304'] : requests

def secret = 's3cret-it-token'
def basic = Base64.encoder.encodeToString('kiln:s3cret-it-token'.bytes)
assert !log.contains(secret) && !log.contains(basic) : 'a credential is in the build log'
new File(basedir, 'target').eachFileRecurse { file ->
    assert !file.name.contains(secret)
    if (file.isFile()) {
        assert !file.text.contains(secret) && !file.text.contains(basic) : "a credential is in ${file}"
    }
}
return true
