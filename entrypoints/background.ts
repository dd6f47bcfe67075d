export default defineBackground(() => {
  console.log('SimFill background started');
});
