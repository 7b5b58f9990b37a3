// Only the selected operations and the types they reach are generated; the log says what was left out; a change
// of selection regenerates; a selector that names nothing fails with a hint.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4 : "expected 4 builds in build.log, found ${builds.size()}"
def (first, second, third, fourth) = builds.toList()
def models = new File(basedir, 'target/generated-sources/kiln/dev/kiln/it/shop/models')
def service = new File(basedir, 'target/generated-sources/kiln/dev/kiln/it/shop/services/PetsService.java')

assert first.contains('BUILD SUCCESS')
assert first.contains('[INFO] Kiln: operations selected by include tag:pets; exclude id:deletePet; left out 2 operations (deletePet, placeOrder) and 2 types only they use (Receipt, Order)')
assert new File(basedir, 'target/classes/dev/kiln/it/shop/models/Pet.class').isFile()

assert second =~ /(?m)^\[INFO\] Kiln: .* is up to date$/

assert third.contains('BUILD SUCCESS')
assert !(third =~ /is up to date/)
assert new File(models, 'Order.java').isFile()
assert !new File(models, 'Pet.java').exists()
assert !new File(models, 'Owner.java').exists()
assert !service.exists()

assert fourth.contains('BUILD FAILURE')
assert fourth.contains("[KILN-SELECTOR-MATCHES-NOTHING] the operation selector 'tag:pet' names no operation of the spec at #/paths (spec/shop.yaml:")
assert fourth.contains("did you mean 'tag:pets'?")
