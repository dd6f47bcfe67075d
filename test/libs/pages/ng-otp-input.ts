// ng-otp-input (Angular, JIT-compiled in the page so no Angular CLI is needed): one <input> per
// character bound to a reactive-forms FormControl; the page reports the FormControl's value.
import '@angular/compiler';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { NgOtpInputComponent } from 'ng-otp-input';
import { reportLibraryValue } from './bench.ts';

const control = new FormControl('');
reportLibraryValue(() => control.value ?? '');
const { length, letters } = document.body.dataset;

class App {
  control = control;
  config = { length: Number(length), allowNumbersOnly: letters !== 'true', disableAutoFocus: true };
}
// The decorator called as a function: the same metadata `@Component` would attach, without decorator syntax.
Component({
  selector: 'otp-app',
  imports: [NgOtpInputComponent, ReactiveFormsModule],
  template: '<ng-otp-input [formControl]="control" [config]="config"></ng-otp-input>',
})(App);

document.getElementById('app')!.append(document.createElement('otp-app'));
void bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
