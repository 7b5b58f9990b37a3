// Two executions generate two SDKs side by side and keep separate fingerprints, so neither sees the other's
// settings as a change.
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

assert second.contains('BUILD SUCCESS')
assert second =~ /(?m)^\[INFO\] Kiln: .*generated-sources.pets is up to date$/
assert second =~ /(?m)^\[INFO\] Kiln: .*generated-sources.shop is up to date$/
