// The build generated the SDK where a user finds it, compiled code that calls it, and ran that code's tests.
def log = new File(basedir, 'build.log').text
def sdk = new File(basedir, 'target/generated-sources/kiln')

for (path in ['.kiln-generated-dev.kiln.it.pets',
              'dev/kiln/it/pets/PetStore.java',
              'dev/kiln/it/pets/services/PetsService.java',
              'dev/kiln/it/pets/models/Pet.java',
              'dev/kiln/it/pets/models/NewPet.java',
              'dev/kiln/it/pets/models/PetStatus.java',
              'dev/kiln/it/pets/models/ListPetsParams.java']) {
    assert new File(sdk, path).isFile() : "not generated: $path"
}
assert !new File(basedir, 'src/main/java/dev/kiln/it/pets').exists() : 'the SDK leaked into src/main/java'

for (path in ['dev/kiln/it/consumer/PetCatalog.class',
              'dev/kiln/it/pets/PetStore.class',
              'dev/kiln/it/pets/models/Pet.class']) {
    assert new File(basedir, "target/classes/$path").isFile() : "not compiled: $path"
}

// the test kit, generated beside the SDK into the test sources, and used by a test as a user's test uses it
def testKit = new File(basedir, 'target/generated-test-sources/kiln')
for (path in ['dev/kiln/it/pets/testing/PetStoreFakes.java', 'dev/kiln/it/pets/testing/FakeTransport.java',
              'dev/kiln/it/pets/testing/CassetteExtension.java']) {
    assert new File(testKit, path).isFile() : "test kit not generated: $path"
}
assert !new File(sdk, 'dev/kiln/it/pets/testing').exists() : 'the test kit leaked into the main sources'
def fakeReport = new File(basedir, 'target/surefire-reports/TEST-dev.kiln.it.consumer.PetCatalogFakeTest.xml')
assert fakeReport.isFile() : 'the test that uses the test kit did not run'
def fakeSuite = new groovy.xml.XmlSlurper().parse(fakeReport)
assert fakeSuite.@tests.toInteger() == 1 && fakeSuite.@failures.toInteger() == 0 && fakeSuite.@errors.toInteger() == 0

def report = new File(basedir, 'target/surefire-reports/TEST-dev.kiln.it.consumer.PetCatalogTest.xml')
assert report.isFile() : 'the consumer tests did not run'
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 3
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0

def kilnWarnings = log.readLines().findAll { it.startsWith('[WARNING] [KILN-') }
assert kilnWarnings.isEmpty() : 'Kiln warned about a clean spec:\n' + kilnWarnings.join('\n')
