'use strict';
// An Express API with a separate TCP health probe listener.
const express = require('express');
const net = require('net');
const http = require('http');

const app = express();
app.get('/', (req, res) => res.send('server.listen(3000) is how you start it'));

app.listen(3000);

const probe = net.createServer((socket) => socket.end('ok\n'));
probe.listen({ port: 3001, host: '127.0.0.1', exclusive: true });

// app.listen(3002, '0.0.0.0');

http.createServer(app).listen(process.env.PORT || 3003, '0.0.0.0');

function callUpstream() {
  const client = net.connect({ port: 4000, host: 'upstream.internal' });
  client.write('ping');
  return http.get('http://upstream.internal/health');
}

module.exports = { callUpstream };
