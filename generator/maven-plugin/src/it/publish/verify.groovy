import java.security.MessageDigest

def sha(File f) {
    assert f.isFile() : "missing: $f"
    MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
}

def published = new File(basedir, 'repo/dev/kiln/it/pets-sdk/1.0.0')
['pets-sdk-1.0.0.jar', 'pets-sdk-1.0.0-sources.jar', 'pets-sdk-1.0.0-javadoc.jar', 'pets-sdk-1.0.0.pom'].each {
    assert new File(published, it).isFile() : "not published: $it"
}

// The second, clean build gives byte-identical jars: builds are reproducible.
['pets-sdk-1.0.0.jar', 'pets-sdk-1.0.0-sources.jar', 'pets-sdk-1.0.0-javadoc.jar'].each {
    assert sha(new File(published, it)) == sha(new File(basedir, "target/$it")) : "$it differs between two builds"
}

// The jar holds the generated client; the consumer compiled against the published one.
def entries = new java.util.zip.ZipFile(new File(published, 'pets-sdk-1.0.0.jar')).entries().collect { it.name }
assert entries.contains('dev/kiln/it/pets/PetStore.class')
assert new File(basedir, 'consumer/target/classes/dev/kiln/it/app/Shelter.class').isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('pets-sdk/1.0.0/pets-sdk-1.0.0-javadoc.jar')
return true
