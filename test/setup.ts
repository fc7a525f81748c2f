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
});
