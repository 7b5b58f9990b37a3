// Writes a spec of about 80 KiB (many documented schemas, one operation): over auto's 64 KiB for a build that
// generates once, under its 1 MiB for any build. Written here rather than kept in the repository.
def spec = new StringBuilder()
spec << 'openapi: 3.0.3\ninfo:\n  title: Catalog\n  version: 1.0.0\n'
spec << 'paths:\n  /items/{id}:\n    get:\n      operationId: getItem\n'
spec << '      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n'
spec << "      responses:\n        '200':\n          description: The item.\n"
spec << "          content:\n            application/json:\n              schema: {\$ref: '#/components/schemas/Item0'}\n"
spec << 'components:\n  schemas:\n'
200.times { i ->
    spec << "    Item$i:\n      type: object\n"
    spec << "      description: \"An item of the catalog's kind number $i, described at length so that the spec weighs" +
            " what a medium API's does: its fields, its uses and its limits.\"\n"
    spec << "      properties:\n        id: {type: string, description: The item's identifier.}\n"
    spec << "        count: {type: integer, description: How many of the item the catalog holds.}\n"
}
def file = new File(basedir, 'spec/catalog.yaml')
file.parentFile.mkdirs()
file.text = spec.toString()
assert file.length() >= 64 * 1024 && file.length() < 1024 * 1024 : "the spec weighs ${file.length()} bytes"
return true
