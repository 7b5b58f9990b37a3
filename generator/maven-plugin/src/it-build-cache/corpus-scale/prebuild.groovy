// Writes a Maven project of one module per corpus spec (the spec copied into the module, which generates its SDK
// with Kiln and compiles it) into corpus-scale-cold beside this folder, and the same project into
// corpus-scale-restored: two checkouts of one project on two machines.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path corpusDir = new File(corpus as String).toPath()
def specs = Files.list(corpusDir).withCloseable { it.toList() }
        .findAll { it.fileName.toString() =~ /\.(json|ya?ml)$/ }
        .sort { it.fileName.toString() }
assert specs.size() >= 12 : "expected the 12 corpus specs in ${corpusDir}, found ${specs.size()}"
String pom = new File(basedir, 'pom.xml').text
String kilnVersion = (pom =~ /<kiln.version>([^<]+)</)[0][1]
String jacksonVersion = (pom =~ /<jackson.version>([^<]+)</)[0][1]

def moduleName = { Path spec -> spec.fileName.toString().replaceFirst(/\.[^.]+$/, '').toLowerCase() }
def packageName = { Path spec -> 'scale.' + moduleName(spec).replaceAll(/[^a-z0-9]/, '_') }

def write = { Path root ->
    Files.createDirectories(root.resolve('.mvn'))
    for (String name : ['extensions.xml', 'maven-build-cache-config.xml']) {
        Files.copy(basedir.toPath().resolve('.mvn').resolve(name), root.resolve('.mvn').resolve(name),
                StandardCopyOption.REPLACE_EXISTING)
    }
    root.resolve('pom.xml').toFile().text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.kiln.scale</groupId>
  <artifactId>corpus</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
${specs.collect { "    <module>${moduleName(it)}</module>" }.join('\n')}
  </modules>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
    <maven.build.cache.input.kiln>src/main/openapi</maven.build.cache.input.kiln>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>${jacksonVersion}</version>
    </dependency>
  </dependencies>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId><version>3.4.1</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
"""
    for (Path spec : specs) {
        Path module = root.resolve(moduleName(spec))
        Files.createDirectories(module.resolve('src/main/openapi'))
        Files.copy(spec, module.resolve('src/main/openapi').resolve(spec.fileName), StandardCopyOption.REPLACE_EXISTING)
        module.resolve('pom.xml').toFile().text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.kiln.scale</groupId>
    <artifactId>corpus</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>${moduleName(spec)}</artifactId>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.kiln</groupId>
        <artifactId>kiln-maven-plugin</artifactId>
        <version>${kilnVersion}</version>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
            </goals>
            <configuration>
              <inputSpec>\${project.basedir}/src/main/openapi/${spec.fileName}</inputSpec>
              <basePackage>${packageName(spec)}</basePackage>
              <clientName>Client</clientName>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""
    }
}
write(basedir.toPath().resolveSibling('corpus-scale-cold'))
write(basedir.toPath().resolveSibling('corpus-scale-restored'))
return true
