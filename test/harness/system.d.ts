/** Types of test/harness/system.js (see there for why it is JavaScript). */
export declare const REPO_ROOT: string;
export declare function repoPath(...segments: string[]): string;
export declare function requireFromRepo<T = unknown>(relativePath: string): T;
export declare function repoFileExists(relativePath: string): boolean;
export declare function readRepoFile(relativePath: string): string;
export interface RunningSandbox {
	/** `http://127.0.0.1:<port>` */
	baseUrl: string;
	/** The path of every request the sandbox has answered, in order (filled as the child process reports them). */
	paths: string[];
	stop(): void;
}
export declare function startSandbox(options: { file: string; factory: string; options?: unknown }): Promise<RunningSandbox>;
export declare function runWithSandboxModule(file: string, code: string): string;
