// Serves served/ over HTTP on a free port of 127.0.0.1, in the invoker's own JVM, for the four builds of this
// project: only to the credentials of the server kiln-it-spec of src/it/settings.xml, with an ETag per file and 304
// for a request that names it. Each request is recorded (path and status) for verify.groovy, which stops the server.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import java.nio.charset.StandardCharsets
import java.util.concurrent.CopyOnWriteArrayList

def served = new File(basedir, 'served')
def expected = 'Basic ' + Base64.encoder.encodeToString('kiln:s3cret-it-token'.getBytes(StandardCharsets.UTF_8))
def requests = new CopyOnWriteArrayList<String>()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/specs/', { HttpExchange exchange ->
    try {
        def file = new File(served, exchange.requestURI.path.substring('/specs/'.length()))
        def bytes = file.isFile() ? file.bytes : null
        def etag = bytes == null ? '"none"' : '"' + Integer.toHexString(Arrays.hashCode(bytes)) + '"'
        int status = exchange.requestHeaders.getFirst('Authorization') != expected ? 401
                : bytes == null ? 404
                : exchange.requestHeaders.getFirst('If-None-Match') == etag ? 304 : 200
        requests.add(exchange.requestURI.path + ' ' + status)
        exchange.responseHeaders.set('ETag', etag)
        if (status == 200) {
            exchange.sendResponseHeaders(200, bytes.length)
            exchange.responseBody.withStream { it.write(bytes) }
        } else {
            exchange.sendResponseHeaders(status, -1)
        }
    } finally {
        exchange.close()
    }
} as HttpHandler)
server.start()
System.properties.put('kiln.it.remote-spec.server', server)
System.properties.put('kiln.it.remote-spec.requests', requests)

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('KILN_IT_PORT', String.valueOf(server.address.port))
return true
