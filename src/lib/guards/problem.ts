/** Something wrong with a committed file, as `path:line: message`. */
export interface Problem {
	path: string;
	line?: number;
	message: string;
}

export const formatProblem = (problem: Problem) => `${problem.path}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`;
