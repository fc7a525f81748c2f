import nock from 'nock';

// No test may reach the network: anything no fake vendor answers fails the request at the socket.
beforeAll(() => {
	nock.disableNetConnect();
});

afterEach(() => {
	nock.cleanAll();
});

afterAll(() => {
	nock.enableNetConnect();
	// Take this file's nock hooks off node:http, which every test file of a jest worker shares. Without it, a file that
	// let real sockets through (the sandbox suites, on 127.0.0.1) leaves hooks behind that make the next file's fake
	// vendors unreachable ("Disallowed net connect"). The next file's nock activates again when it is imported.
	nock.restore();
});
