import { render } from 'preact';
render(<p>SimFill</p>, document.getElementById('app')!);
