// Two executions generate two SDKs side by side and keep separate fingerprints, so neither sees the other's
// settings as a change; one of them turns its test kit off.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected 2 builds in build.log, found ${builds.size()}"
def (first, second) = builds.toList()
def target = new File(basedir, 'target')

assert first.contains('BUILD SUCCESS')
assert new File(target, 'generated-sources/pets/dev/kiln/it/pets/PetsClient.java').isFile()
assert new File(target, 'generated-sources/pets/dev/kiln/it/pets/models/Pet.java').isFile()
assert new File(target, 'generated-sources/shop/dev/kiln/it/shop/ShopClient.java').isFile()
assert new File(target, 'generated-sources/shop/dev/kiln/it/shop/models/Order.java').isFile()
assert !new File(target, 'generated-sources/pets/dev/kiln/it/shop').exists()
assert new File(target, 'kiln/pets.fingerprint').isFile()
assert new File(target, 'kiln/shop.fingerprint').isFile()
// the shop execution turns its test kit off: only the pets SDK has one, and only its generation says so
def kits = new File(target, 'generated-test-sources/kiln/dev/kiln/it')
assert new File(kits, 'pets/testing').list()?.length > 0 : 'the pets execution wrote no test kit'
assert !new File(kits, 'shop').exists() : 'the shop execution wrote a test kit though testKit is false'
assert first.readLines().count { it.contains("Kiln: the test kit's") } == 1
assert !first.contains('no test kit') : 'an execution that turned its test kit off said why it made none'

// pets is generated in a JVM of its own, with the launcher's options; shop, which says fork false, in the build's JVM
def forks = first.readLines().findAll { it.contains('Kiln: generating in a JVM of its own (-XX:+UseSerialGC') }
assert forks.size() == 1 : "expected one forked generation, found: $forks"
assert first.indexOf(forks[0]) < first.indexOf('generated-sources/pets (') : 'the forked one was not pets'

assert second.contains('BUILD SUCCESS')
// an up-to-date check is made in the build's JVM: nothing is forked for it
assert !second.contains('JVM of its own')
assert second =~ /(?m)^\[INFO\] Kiln: .*generated-sources.pets is up to date$/
assert second =~ /(?m)^\[INFO\] Kiln: .*generated-sources.shop is up to date$/
