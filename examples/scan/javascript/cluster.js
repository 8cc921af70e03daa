// A TLS server and a plain TCP server started by a factory the scan cannot see into.
const tls = require('tls');
const fs = require('fs');
const { makeServer } = require('./factory');

const secure = tls.createServer({
  key: fs.readFileSync('key.pem'),
  cert: fs.readFileSync('cert.pem'),
});
secure.listen(8443, '::');

const plain = makeServer();
plain.listen(8080);

/*
secure.listen(9443);
*/

function startIpv6Only(server) {
  const s = require('net').createServer();
  s.listen({ port: 8081, host: '::', ipv6Only: true });
  return server;
}

module.exports = { startIpv6Only };
