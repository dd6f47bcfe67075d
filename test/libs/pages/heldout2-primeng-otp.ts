// HELD-OUT SET 2 (built blind, never tuned on): PrimeNG 21 InputOtp (Angular, JIT-compiled in the page
// like ng-otp-input), as its docs show it (`<p-inputotp [(ngModel)]="value" [integerOnly]="true"
// [length]="6" />`, the Aura theme through `providePrimeNG`). One pInputText per character. The page
// reports the ngModel value.
import '@angular/compiler';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormsModule } from '@angular/forms';
import { InputOtp } from 'primeng/inputotp';
import { providePrimeNG } from 'primeng/config';
import Aura from '@primeuix/themes/aura';
import { reportLibraryValue } from './bench.ts';

const { length, letters } = document.body.dataset;

class App {
  value = '';
  length = Number(length);
  integerOnly = letters !== 'true';
  constructor() {
    reportLibraryValue(() => this.value ?? '');
  }
}
// The decorator called as a function: the same metadata `@Component` would attach, without decorator syntax.
Component({
  selector: 'otp-app',
  imports: [InputOtp, FormsModule],
  template: '<p-inputotp [(ngModel)]="value" [integerOnly]="integerOnly" [length]="length" />',
})(App);

document.getElementById('otp')!.append(document.createElement('otp-app'));
void bootstrapApplication(App, {
  providers: [provideZonelessChangeDetection(), providePrimeNG({ theme: { preset: Aura } })],
});
