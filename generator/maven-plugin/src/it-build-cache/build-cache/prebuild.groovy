// Copies this project, without its build output, into three folders beside it: one as it is (another machine's
// checkout), one with a changed spec, one with a changed file the spec refers to.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path source = basedir.toPath()
def copy = { String name ->
    Path target = source.resolveSibling(name)
    Files.walk(source).withCloseable { paths ->
        paths.filter { !source.relativize(it).toString().startsWith('target') && !it.fileName.toString().endsWith('.log') }
             .forEach { path ->
                 Path to = target.resolve(source.relativize(path).toString())
                 if (Files.isDirectory(path)) {
                     Files.createDirectories(to)
                 } else {
                     Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
                 }
             }
    }
    target
}
copy('build-cache-elsewhere')
File changedSpec = copy('build-cache-changed-spec').resolve('src/main/openapi/pets.yaml').toFile()
changedSpec.text = changedSpec.text.replace('description: The pets.', 'description: Every pet.')
assert changedSpec.text.contains('Every pet.')
File changedRef = copy('build-cache-changed-ref').resolve('src/main/openapi/common.yaml').toFile()
changedRef.text = changedRef.text.replace('        tag:\n', '        nickname:\n          type: string\n        tag:\n')
assert changedRef.text.contains('nickname')
return true
