// Sends a public notice's objection form to expert-service's public endpoint as JSON and shows the receipt.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form.objection');
  if (!form) { return; }
  var result = document.getElementById('objection-result');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = {};
    new FormData(form).forEach(function (value, key) { body[key] = value; });
    result.className = 'receipt';
    result.textContent = '正在提交……';
    fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok) {
          result.className = 'receipt ok';
          result.textContent = '异议已收到，回执编号：' + (answer.receipt || answer.receiptNumber || '') + '。请妥善保存。';
          form.reset();
        } else {
          var problems = (answer.errors || []).map(function (e) { return e.field + '：' + e.message; }).join('；');
          result.className = 'receipt error';
          result.textContent = '未能提交：' + (problems || answer.detail || response.status);
        }
      });
    }).catch(function () {
      result.className = 'receipt error';
      result.textContent = '网络异常，请稍后再试。';
    });
  });
});
